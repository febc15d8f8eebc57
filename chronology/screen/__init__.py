"""The review screen (``streamlit run app.py``): where a named person checks each line against its source.

Only ``app.py`` imports this package. Every change goes through ``verify`` (roles, audit, conflicts),
so the screen and the CLI leave the same trail; the screen itself never writes to a table.

Modules: ``labels`` (plain words and icons, no Streamlit), ``state`` (session and cached case data),
``table`` (filters and the chronology table), ``source`` (cited passages in context, other passages),
``images`` (PDF pages rendered and cached, cited lines outlined; no Streamlit), ``entry`` (the line,
its checks and the review buttons), ``manager`` (progress dashboard), ``export_panel`` (the
court-export gate and the draft download).
"""

"""SQLite and files: pledge store, analytics, PIN file. Never imports Qt."""

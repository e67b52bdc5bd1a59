"""Qt services without widgets: idle watcher, lockdown, i18n, media, logging, workers."""

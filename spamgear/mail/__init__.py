"""Mail-log analyzers: one pure parser per log source, the abuse policy, and file streaming."""

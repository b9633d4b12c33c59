"""newsdesk: financial news and market data in, scored and sourced commentary out."""

__version__ = "0.1.0"

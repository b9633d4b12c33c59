"""Writers turn a Brief into an Article. The template writer is the offline default."""

from .base import Brief, Writer
from .template import TemplateWriter

__all__ = ["Brief", "TemplateWriter", "Writer"]

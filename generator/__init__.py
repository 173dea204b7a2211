"""nestgen: compose NestJS backends from per-expert Copier blueprints."""

from generator.errors import NestgenError, UserError

__all__ = ["NestgenError", "UserError"]
__version__ = "0.1.0"

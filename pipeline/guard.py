"""Errors as the user sees them: one line and an exit code, never a traceback
(core/errors.py, docs/interface.md); shared by every `intake` command."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from core.errors import ExitCode, IntakeError

err = Console(stderr=True)
log = logging.getLogger("intake")
F = TypeVar("F", bound=Callable[..., Any])


def _fail(e: IntakeError) -> None:
    err.print(Text.assemble(("error: ", "bold red"), e.message), soft_wrap=True)
    raise typer.Exit(int(e.exit_code))


def guarded(command: F) -> F:
    """No traceback ever reaches the user: the project's errors become their message and
    exit code, anything else one line saying it is a bug (traceback with --verbose)."""
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except IntakeError as e:
            _fail(e)
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None
        except Exception as e:
            log.debug("internal error", exc_info=True)
            err.print(Text.assemble(
                ("error: ", "bold red"),
                f"internal error ({type(e).__name__}: {e}); this is a bug: please report it "
                "with the output of the same command with --verbose"), soft_wrap=True)
            raise typer.Exit(int(ExitCode.internal)) from None
    return wrapper  # type: ignore[return-value]

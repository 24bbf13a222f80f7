"""Small formatting rules the templates share: confidence colours, box geometry, points.

A field's box is drawn over the page image as an absolutely positioned element whose left,
top, width and height are percentages of the page's size in PDF points, so it lands on the
same words whatever size the image is shown at (and whatever dpi it was rendered at).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

HIGH, MEDIUM = 0.9, 0.7


def confidence_class(confidence: float | None) -> str:
    if confidence is None:
        return "conf-none"
    if confidence >= HIGH:
        return "conf-high"
    if confidence >= MEDIUM:
        return "conf-medium"
    return "conf-low"


def box_style(bbox: Sequence[float] | None, width: float, height: float) -> str:
    """`left:..%;top:..%;width:..%;height:..%` for a box in points on a page of that size."""
    if not bbox or len(bbox) != 4 or width <= 0 or height <= 0:
        return "display:none"
    x0, y0, x1, y1 = (float(v) for v in bbox)
    x0, x1 = sorted((max(0.0, x0), min(width, x1)))
    y0, y1 = sorted((max(0.0, y0), min(height, y1)))
    return (f"left:{100 * x0 / width:.3f}%;top:{100 * y0 / height:.3f}%;"
            f"width:{100 * (x1 - x0) / width:.3f}%;height:{100 * (y1 - y0) / height:.3f}%")


def largest_first(fields: Iterable[Any]) -> list[Any]:
    """Fields by the area of their box, largest first: drawn in that order, a box inside
    another (one word of a title) lies on top and stays clickable."""
    def area(f: Any) -> float:
        x0, y0, x1, y1 = f.bbox
        return abs((x1 - x0) * (y1 - y0))
    return sorted(fields, key=area, reverse=True)


def points(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def shown_value(value: Any) -> str:
    """A field's value as text (a JSON value from the store: text, number, true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str):
        return value
    return json.dumps(value)


def edit_value(value: Any) -> str:
    """A field's value as the edit box starts it (booleans as true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return shown_value(value)


def label(code: Any) -> str:
    return str(getattr(code, "value", code)).replace("_", " ")


FILTERS: dict[str, Callable[..., Any]] = {
    "confidence_class": confidence_class,
    "box_style": box_style,
    "largest_first": largest_first,
    "points": points,
    "shown": shown_value,
    "edit_value": edit_value,
    "label": label,
}

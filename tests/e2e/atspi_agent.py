"""Reads the kiosk through the accessibility bus (AT-SPI) for the end-to-end tests.

Runs under the system Python (Debian's python3-pyatspi is built for it, not for a venv). One JSON
request per line on stdin, one JSON answer per line on stdout:

    {"op": "find", "name": "Take the pledge", "role": "push button"}   -> the first match
    {"op": "all", "role": "push button"}                                 -> every match
    {"op": "text", "name": "First name"}                                 -> the text it holds

A node is answered as ``{"name", "role", "x", "y", "w", "h", "states", "text", "value"}`` with
screen coordinates, or ``null`` when nothing matches. Only showing nodes are searched.
"""

from __future__ import annotations

import json
import sys

import pyatspi

APP_NAME = sys.argv[1] if len(sys.argv) > 1 else "Blue Heart Kiosk"
MAX_NODES = 20000


def _app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name in (APP_NAME, "python3", "python", "blueheart-kiosk"):
            return app
    return None


def _describe(node) -> dict:
    try:
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        box = {"x": extents.x, "y": extents.y, "w": extents.width, "h": extents.height}
    except NotImplementedError:
        box = {"x": 0, "y": 0, "w": 0, "h": 0}
    states = node.getState()
    text = None
    try:
        t = node.queryText()
        text = t.getText(0, t.characterCount)
    except NotImplementedError:
        pass
    value = None
    try:
        value = node.queryValue().currentValue
    except NotImplementedError:
        pass
    return {
        "name": node.name,
        "role": node.getRoleName(),
        **box,
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "text": text,
        "value": value,
        "description": node.description,
    }


def _walk(node, depth=0):
    stack = [node]
    seen = 0
    while stack and seen < MAX_NODES:
        current = stack.pop()
        seen += 1
        try:
            states = current.getState()
            if current is not node and not states.contains(pyatspi.STATE_SHOWING):
                continue
            yield current
            stack.extend(reversed([current.getChildAtIndex(i) for i in range(current.childCount)]))
        except Exception:  # noqa: BLE001 - a node can vanish while we walk
            continue


def _matches(node, request) -> bool:
    name = request.get("name")
    if name is not None:
        if request.get("contains"):
            if name not in (node.name or ""):
                return False
        elif node.name != name:
            return False
    role = request.get("role")
    return role is None or node.getRoleName() == role


def handle(request: dict):
    app = _app()
    if request["op"] == "ping":
        return {"app": app is not None}
    if app is None:
        return None
    if request["op"] == "tree":
        return [_describe(n) for n in _walk(app)]
    found = [n for n in _walk(app) if _matches(n, request)]
    if request["op"] == "all":
        return [_describe(n) for n in found]
    return _describe(found[0]) if found else None


def main() -> None:
    for line in sys.stdin:
        try:
            answer = {"ok": True, "result": handle(json.loads(line))}
        except Exception as error:  # noqa: BLE001 - report, keep serving
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()

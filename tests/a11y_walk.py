"""The window as a screen reader sees it, from Qt's side: a walk over QAccessibleInterface
(the tree Qt's AT-SPI bridge hands to Orca on Linux), listing interactive controls without a
name. A combo box's name on Linux is its current value (Qt's AT-SPI bridge), so a combo counts
as named only when a label is bound to it (a Label relation: QLabel.setBuddy, or a form row)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

R = QAccessible.Role
INTERACTIVE = {
    R.PushButton,
    R.CheckBox,
    R.RadioButton,
    R.SpinBox,
    R.ComboBox,
    R.Slider,
    R.PageTab,
    R.EditableText,
    R.Table,
    R.List,
    R.Tree,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.Link,
    R.Dial,
}


def walk(obj):
    """Every accessible node under ``obj`` (a widget or an interface), depth first."""
    stack = [QAccessible.queryAccessibleInterface(obj)]
    while stack:
        node = stack.pop()
        if node is None or not node.isValid():
            continue
        if node.role() == R.ComboBox:
            yield node
            continue  # its popup list: named by its items
        yield node
        if node.role() in (R.Table, R.List, R.Tree):
            continue  # its cells: named by their contents
        for i in range(node.childCount() - 1, -1, -1):
            child = node.child(i)
            if child is not None:
                stack.append(child)


def labelled(node) -> bool:
    return any(
        rel & QAccessible.Relation.Label
        for _iface, rel in node.relations(QAccessible.Relation.Label)
    )


def name_of(node) -> str:
    if node.role() == R.ComboBox:
        return node.text(QAccessible.Name) if labelled(node) else ""
    return node.text(QAccessible.Name)


def describe(node) -> str:
    obj = node.object()
    parent = obj.parent() if obj is not None else None
    return (
        f"{node.role().name} {type(obj).__name__} {obj.objectName() if obj else ''!r} "
        f"in {type(parent).__name__} tip={node.text(QAccessible.Description)[:50]!r}"
    )


def unnamed(widget) -> list[str]:
    """The interactive controls under ``widget`` that a screen reader would read without a
    name (disabled and hidden ones included: they are named before they are shown)."""
    return [describe(n) for n in walk(widget) if n.role() in INTERACTIVE and not name_of(n).strip()]

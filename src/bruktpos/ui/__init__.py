"""The Qt Widgets user interface. Holds no business rules and no SQL."""

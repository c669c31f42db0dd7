"""The Qt interface: window, navigation, screens, widgets and theme."""

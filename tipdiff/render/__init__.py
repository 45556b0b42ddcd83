"""Renderers: a Comparison in, text out. They read the model; the model never knows about them."""

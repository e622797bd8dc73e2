"""Renderers: Rich tables for people, JSON / JSON Lines / CSV for programs."""

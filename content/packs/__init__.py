"""Signed content packs: one file of data (guides, card, rules, resources) that can correct Amparo offline.

A pack is a ZIP holding `manifest.toml` (what it is, who made it, every file with its SHA-256),
`manifest.sig` (Ed25519 over the exact manifest bytes) and the data files. Nothing in it is code:
only Markdown and TOML under known paths, with no HTML, images or content that loads anything.
This package is Qt-free and writes nothing; the store of imported packs is `storage.pack_store`.
"""

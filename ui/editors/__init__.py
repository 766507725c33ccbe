"""The forms that add and change people, cases, events, documents, contacts and the family plan.

Each editor (one module each, all built on `base.EditorBase`) checks every field with
`domain.validation` as the user types or leaves the field (`checks`) and shows the message, in the
interface language, right under it. Saving re-checks everything and refuses while anything is
invalid, so nothing invalid ever reaches the vault. Editors save through the session's vault
themselves and then call `session.notify_changed()`; the id of what was saved is left in `saved_id`.
Every editor opens with the focus in its first field (Save and Cancel come last in the Tab order).
"""

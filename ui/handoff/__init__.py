"""Screens that move people between vaults (transfer files) and out to calendars.

- `send_dialog`: export the chosen people to an encrypted transfer file and show its code once;
- `receive_dialog`: open a transfer file with its code, show what would change (conflicts side by
  side, each with a choice), and import only after the user confirms;
- `calendar_dialog`: chosen people's appointments to an .ics file, with names and places optional.
The work itself is `storage.handoff` and `reports.calendar`; these only ask, show and confirm.
"""

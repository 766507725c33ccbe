"""What Amparo tells and asks the user in passing: yes/no questions and the message bar with Undo."""

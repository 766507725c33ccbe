"""What Amparo leaves behind on the computer: no crash files with memory, a clipboard that forgets, file dialogs
without history.
"""

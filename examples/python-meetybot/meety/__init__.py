"""MeetyBot's booking rules, replies and Meetings table access, used by lambda_function.py."""

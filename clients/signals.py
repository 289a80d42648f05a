from django.dispatch import Signal

# Sent inside the merge's transaction with `keep` and `duplicate` (Client instances).
# Apps that attach rows to clients (channels, referrals) move theirs and return
# {"what": count} for the audit event: counselling may not import them.
client_merged = Signal()

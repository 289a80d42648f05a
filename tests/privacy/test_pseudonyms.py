"""Pseudonymous participant ids: the same person always gets the same id, different
people different ones, and the id depends on the key from the environment."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from privacy.pseudonyms import participant_id


def test_the_same_client_keeps_the_same_id_and_others_differ():
    assert participant_id(42) == participant_id(42)
    assert len({participant_id(n) for n in range(10_000)}) == 10_000
    assert participant_id(42).startswith("P-") and len(participant_id(42)) == 18


def test_the_id_depends_on_the_key():
    before = participant_id(42)
    with override_settings(PSEUDONYM_KEY="another installation's key"):
        assert participant_id(42) != before


def test_without_a_key_no_id_is_made():
    with override_settings(PSEUDONYM_KEY=""), pytest.raises(ImproperlyConfigured):
        participant_id(42)

"""Every model with a path to a client, in every app now and later, is covered by the
access export and the erasure (privacy.holdings), or excluded with a reason. A new
model that is neither fails here."""

from django.apps import apps

from clients.models import Client
from privacy.holdings import EXCLUDED, HOLDINGS


def models_reaching_a_client() -> set[str]:
    """Models with a foreign key (or one-to-one, or many-to-many) to Client, or to a model
    that has one, followed to the end; and any model keeping a client id as a number."""
    reach = {Client}
    grown = True
    while grown:
        grown = False
        for model in apps.get_models():
            if model in reach:
                continue
            for field in model._meta.get_fields():
                if field.is_relation and field.concrete and field.related_model in reach:
                    reach.add(model)
                    grown = True
                    break
    numbered = {
        model
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if field.name == "client_id" and not field.is_relation
    }
    return {model._meta.label for model in reach | numbered}


def test_every_model_holding_client_data_is_covered_or_excluded_with_a_reason():
    found = models_reaching_a_client()
    forgotten = found - set(HOLDINGS) - set(EXCLUDED)
    assert not forgotten, f"Add these to privacy.holdings (or EXCLUDED with a reason): {forgotten}"
    assert all(reason.strip() for reason in EXCLUDED.values())


def test_the_registry_names_no_model_twice_or_that_does_not_exist():
    assert not set(HOLDINGS) & set(EXCLUDED)
    for label in [*HOLDINGS, *EXCLUDED]:
        apps.get_model(label)  # raises LookupError for a name that is wrong

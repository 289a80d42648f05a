import pytest

from tests.pages import Page, sign_in_through_the_form  # noqa: F401 (the tests import these)

pytestmark = pytest.mark.browser

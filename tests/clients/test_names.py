from clients.names import search_key, search_name


def test_cyrillic_names_are_searchable_in_both_common_latin_spellings():
    assert search_name("Ганна", "Иванова").split() == ["ganna", "hanna", "ivanova", "yvanova"]


def test_accents_case_and_punctuation_do_not_matter():
    assert search_key("  Õnne-Liis  KÄRT ") == "onne liis kart"


def test_arabic_letter_variants_fold_together():
    assert search_key("أحمد") == search_key("احمد")

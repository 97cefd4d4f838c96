from django.conf import settings


def test_tests_use_a_temporary_data_dir_not_the_users_var():
    assert "openklachten-test-" in str(settings.DATA_DIR)

"""Code the tests share: waiting for events, test images, served apps, Chromium.

``tests/conftest.py`` puts ``tests/`` on ``sys.path``, so every test module (including
those in ``tests/js/`` and ``tests/browser/``) imports these as ``from support.images
import png``. JupyterLab page helpers stay in ``tests/browser/pages.py``.
"""

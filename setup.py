"""Maps the top-level resources/ folder into the wheel as imwu_desktop._resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["imwu_desktop", "imwu_desktop.*"]), "imwu_desktop._resources"],
    package_dir={"imwu_desktop._resources": "resources"},
    package_data={"imwu_desktop._resources": ["**/*"]},
    include_package_data=False,
)

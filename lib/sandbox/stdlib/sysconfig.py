# sysconfig for the sandbox: the build and install facts of one fixed CPython 3.11.7 install
# (prefix /usr/local, the default of a source build and of the official container images; a
# 64-bit Linux x86-64 build with the GIL, pymalloc and a shared libpython), the same prefix
# sys.prefix reports. get_config_var answers None for a name that build does not define, as
# CPython does (Py_GIL_DISABLED appears only in 3.13's free-threaded builds). Only the
# posix_prefix scheme is laid out. The code is the sandbox's own.
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_PREFIX = sys.prefix
_VERSION = '3.11'
_STDLIB = f'{_PREFIX}/lib/python{_VERSION}'

_CONFIG_VARS = {
    'prefix': _PREFIX, 'exec_prefix': _PREFIX, 'base': _PREFIX, 'platbase': _PREFIX,
    'installed_base': _PREFIX, 'installed_platbase': _PREFIX, 'projectbase': f'{_PREFIX}/bin',
    'userbase': '/home/sandbox/.local',
    'py_version': '3.11.7', 'py_version_short': _VERSION, 'py_version_nodot': '311',
    'py_version_nodot_plat': '', 'VERSION': _VERSION, 'abiflags': '',
    'BINDIR': f'{_PREFIX}/bin', 'LIBDIR': f'{_PREFIX}/lib', 'LIBDEST': _STDLIB, 'BINLIBDEST': _STDLIB,
    'INCLUDEPY': f'{_PREFIX}/include/python{_VERSION}',
    'LIBPL': f'{_STDLIB}/config-{_VERSION}-x86_64-linux-gnu',
    'SOABI': 'cpython-311-x86_64-linux-gnu', 'EXT_SUFFIX': '.cpython-311-x86_64-linux-gnu.so',
    'SHLIB_SUFFIX': '.so', 'MULTIARCH': 'x86_64-linux-gnu', 'MACHDEP': 'linux',
    'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu', 'CC': 'gcc', 'LDLIBRARY': 'libpython3.11.so',
    'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8, 'SIZEOF_SIZE_T': 8, 'SIZEOF_INT': 4, 'SIZEOF_DOUBLE': 8,
    'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 1, 'Py_TRACE_REFS': 0, 'WITH_PYMALLOC': 1,
    'WITH_DOC_STRINGS': 1, 'WITH_THREAD': 1, 'HAVE_FORK': 1,
    'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
}

_PATHS = {
    'stdlib': _STDLIB,
    'platstdlib': _STDLIB,
    'purelib': f'{_STDLIB}/site-packages',
    'platlib': f'{_STDLIB}/site-packages',
    'include': f'{_PREFIX}/include/python{_VERSION}',
    'platinclude': f'{_PREFIX}/include/python{_VERSION}',
    'scripts': f'{_PREFIX}/bin',
    'data': _PREFIX,
}

_SCHEMES = ('nt', 'nt_user', 'nt_venv', 'osx_framework_user', 'posix_home', 'posix_prefix',
            'posix_user', 'posix_venv', 'venv')


def get_config_vars(*args):
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return dict(_CONFIG_VARS)


def get_config_var(name):
    return _CONFIG_VARS.get(name)


def get_path_names():
    return ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')


def get_scheme_names():
    return _SCHEMES


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key not in ('prefix', 'home', 'user'):
        raise ValueError(f"'key' must be 'prefix', 'home', or 'user', not {key!r}")
    return {'prefix': 'posix_prefix', 'home': 'posix_home', 'user': 'posix_user'}[key]


def _check_scheme(scheme):
    if scheme is None:
        return
    if scheme not in _SCHEMES:
        raise KeyError(scheme)


def get_paths(scheme=None, vars=None, expand=True):
    _check_scheme(scheme)
    return dict(_PATHS)


def get_path(name, scheme=None, vars=None, expand=True):
    _check_scheme(scheme)
    return _PATHS[name]


def get_platform():
    return 'linux-x86_64'


def get_python_version():
    return _VERSION


def get_makefile_filename():
    return f"{_CONFIG_VARS['LIBPL']}/Makefile"


def get_config_h_filename():
    return f'{_PREFIX}/include/python{_VERSION}/pyconfig.h'


def parse_config_h(fp, vars=None):
    raise PermissionError(13, 'Permission denied')


def is_python_build(check_home=False):
    return False

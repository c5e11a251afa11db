# sys.int_info and sys.version_info as struct sequences; sys.prefix/base_prefix/path and sysconfig agree on one install (values vary by host, so only their shape is printed)
import sys
import sysconfig

print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info[2], len(sys.int_info))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2] == (3, 11))
print(isinstance(sys.int_info, tuple), type(sys.int_info).__name__)
bits, size, *rest = sys.int_info
print(bits, size, rest)

print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix)
print(sys.prefix == sysconfig.get_config_var("prefix") == sysconfig.get_paths()["data"])
print([p[len(sys.prefix):] for p in sys.path[1:]])
print(sysconfig.get_paths()["stdlib"] == sys.path[2], sysconfig.get_path("purelib") == sys.path[-1])
print(sys.executable.startswith(sys.prefix))

print(sysconfig.get_config_var("Py_GIL_DISABLED"), sysconfig.get_config_var("NO_SUCH_VAR"))
print(sysconfig.get_config_var("SIZEOF_VOID_P"), sysconfig.get_config_var("VERSION"), sysconfig.get_config_var("py_version_nodot"))
print(sysconfig.get_config_var("SOABI"), sysconfig.get_config_var("EXT_SUFFIX"))
print(sysconfig.get_python_version(), sysconfig.get_platform(), sysconfig.get_default_scheme())
print(sysconfig.get_path_names())
print(sorted(sysconfig.get_paths()))
print(sysconfig.get_config_vars("VERSION", "Py_DEBUG"))
print(getattr(sys, "_is_gil_enabled", lambda: True)())

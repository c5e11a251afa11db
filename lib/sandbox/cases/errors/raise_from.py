# errors: raise ... from ... prints both tracebacks joined by "direct cause"
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc

print("port", parse_port("8080"))
print("port", parse_port("eighty"))

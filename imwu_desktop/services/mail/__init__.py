"""Mail: compose the IMWU request and send it through the employer's own SMTP account.

Qt-free. `compose` builds the exact bytes, `send` delivers them, `accounts` and `presets`
describe servers (never passwords: see services.credentials).
"""

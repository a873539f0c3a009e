"""Alert delivery: sinks behind the ``Notifier`` protocol, and the dispatcher.

``alerts.dispatcher.run_dispatcher`` reads ``{prefix}:alerts`` and delivers
to the receivers of ``[[receivers]]`` along ``[[routes]]``; ``alerts.cli``
adds ``diplomon silence``. Kept import-free so ``monitor.config`` can import
``alerts.config`` without pulling in the sinks.
"""

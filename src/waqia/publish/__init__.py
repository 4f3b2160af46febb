"""Publishing: outbound delivery of digests (the only package besides ingest that uses the network)."""

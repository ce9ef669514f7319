"""Process-level machinery: embedded servers, Redis, pub/sub, the job queue."""

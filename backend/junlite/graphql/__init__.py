"""GraphQL machinery shared by every domain: schema assembly, context, relay, limits, errors."""

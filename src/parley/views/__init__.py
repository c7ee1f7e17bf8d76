"""Read-only views of the store, shared by the CLI, the API and exports."""

"""The back room: register what came in, price it and print its labels."""

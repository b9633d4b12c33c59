from .cli import main

if __name__ == "__main__":  # not when a spawned chart-pool process imports it
    main()

WHERE = "second portion"

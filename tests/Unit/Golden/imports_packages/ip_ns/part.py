WHERE = "first portion"

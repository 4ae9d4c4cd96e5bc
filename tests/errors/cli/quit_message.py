# quit("text") prints the text to stderr and exits with status 1.
quit("leaving now")

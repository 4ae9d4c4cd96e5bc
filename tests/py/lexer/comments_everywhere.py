# Comments at the end of lines and alone, including a shebang-like one.
#!/not/a/shebang
x = 1  # trailing comment
# print("not run")
print(x)  # another

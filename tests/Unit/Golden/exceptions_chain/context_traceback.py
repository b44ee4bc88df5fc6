# an error inside an except block prints the original first, then "During handling..."
def cleanup(resource):
    return resource.close()

def work():
    try:
        return [1, 2, 3][10]
    except IndexError:
        cleanup(None)

work()

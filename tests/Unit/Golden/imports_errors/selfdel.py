# A module that removes itself from sys.modules: importlib's KeyError with its frames.
import ie_selfdel

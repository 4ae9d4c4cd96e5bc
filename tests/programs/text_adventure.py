# A small text adventure driven by a scripted list of commands.

class GameOver(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1, value=0):
        self.name = name
        self.description = description
        self.weight = weight
        self.value = value

    def __repr__(self):
        return f"Item({self.name!r}, weight={self.weight})"

    def __str__(self):
        return self.name


class Room:
    def __init__(self, key, title, description):
        self.key = key
        self.title = title
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}
        self.visits = 0

    def connect(self, direction, other, locked_by=None):
        self.exits[direction] = other
        if locked_by is not None:
            self.locked[direction] = locked_by

    def describe(self):
        lines = [f"== {self.title} ==", self.description]
        if self.items:
            names = ", ".join(sorted(str(i) for i in self.items))
            lines.append(f"You see: {names}.")
        if self.exits:
            lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)

    def take(self, name):
        for i, item in enumerate(self.items):
            if item.name == name:
                return self.items.pop(i)
        return None


class Player:
    MAX_WEIGHT = 10

    def __init__(self, name, start):
        self.name = name
        self.room = start
        self.inventory = []
        self.score = 0
        self.moves = 0
        self.health = 3

    @property
    def carried(self):
        return sum(item.weight for item in self.inventory)

    def has(self, name):
        return any(item.name == name for item in self.inventory)


class Game:
    def __init__(self):
        self.rooms = {}
        self.log = []
        self.build_world()
        self.player = Player("Ada", self.rooms["hall"])
        self.handlers = {
            "look": self.cmd_look,
            "go": self.cmd_go,
            "take": self.cmd_take,
            "drop": self.cmd_drop,
            "inventory": self.cmd_inventory,
            "use": self.cmd_use,
            "score": self.cmd_score,
            "quit": self.cmd_quit,
        }
        self.aliases = {"n": ("go", "north"), "s": ("go", "south"),
                        "e": ("go", "east"), "w": ("go", "west"),
                        "i": ("inventory",), "l": ("look",)}

    def add_room(self, key, title, description):
        room = Room(key, title, description)
        self.rooms[key] = room
        return room

    def build_world(self):
        hall = self.add_room("hall", "Great Hall", "A draughty hall with a high ceiling.")
        library = self.add_room("library", "Library", "Shelves of dusty books line the walls.")
        kitchen = self.add_room("kitchen", "Kitchen", "Pots hang above a cold stove.")
        cellar = self.add_room("cellar", "Cellar", "It is damp and dark down here.")
        vault = self.add_room("vault", "Vault", "A small room with a heavy iron door.")
        hall.connect("north", library)
        library.connect("south", hall)
        hall.connect("east", kitchen)
        kitchen.connect("west", hall)
        kitchen.connect("down", cellar, locked_by="lamp")
        cellar.connect("up", kitchen)
        cellar.connect("east", vault, locked_by="key")
        vault.connect("west", cellar)
        library.items.append(Item("book", "A book titled 'Refcounts'.", 2, 5))
        library.items.append(Item("lamp", "An oil lamp, still full.", 3, 1))
        kitchen.items.append(Item("bread", "A stale loaf.", 1, 0))
        kitchen.items.append(Item("anvil", "Far too heavy.", 20, 0))
        cellar.items.append(Item("key", "A rusty iron key.", 1, 2))
        vault.items.append(Item("gold", "A pile of gold coins.", 4, 50))

    def say(self, text):
        for line in text.split("\n"):
            print("  " + line)

    def cmd_look(self, *args):
        self.say(self.player.room.describe())

    def cmd_go(self, *args):
        if not args:
            raise ValueError("go where?")
        direction = args[0]
        room = self.player.room
        if direction not in room.exits:
            self.say(f"You cannot go {direction} from here.")
            return
        needed = room.locked.get(direction)
        if needed and not self.player.has(needed):
            self.say(f"The way {direction} is blocked; you need the {needed}.")
            self.player.health -= 1
            if self.player.health <= 0:
                raise GameOver("You stumbled one time too many.")
            return
        self.player.room = room.exits[direction]
        self.player.room.visits += 1
        self.player.moves += 1
        if self.player.room.visits == 1:
            self.player.score += 1
        self.cmd_look()

    def cmd_take(self, *args):
        if not args:
            raise ValueError("take what?")
        name = args[0]
        item = self.player.room.take(name)
        if item is None:
            self.say(f"There is no {name} here.")
            return
        if self.player.carried + item.weight > Player.MAX_WEIGHT:
            self.player.room.items.append(item)
            self.say(f"The {name} is too heavy ({item.weight} > {Player.MAX_WEIGHT - self.player.carried}).")
            return
        self.player.inventory.append(item)
        self.player.score += item.value
        self.say(f"Taken: {item.name}. {item.description}")

    def cmd_drop(self, *args):
        name = args[0] if args else ""
        for item in list(self.player.inventory):
            if item.name == name:
                self.player.inventory.remove(item)
                self.player.room.items.append(item)
                self.say(f"Dropped {name}.")
                return
        self.say("You are not carrying that.")

    def cmd_inventory(self, *args):
        if not self.player.inventory:
            self.say("You carry nothing.")
            return
        self.say("You carry:")
        for n, item in enumerate(self.player.inventory, 1):
            self.say(f"{n:>2}. {item.name:<6} w={item.weight:<2} v={item.value:>3}")
        self.say(f"Total weight {self.player.carried}/{Player.MAX_WEIGHT}")

    def cmd_use(self, *args):
        name = args[0] if args else ""
        if not self.player.has(name):
            self.say(f"You have no {name}.")
        elif name == "bread":
            self.player.health += 1
            self.player.inventory = [i for i in self.player.inventory if i.name != "bread"]
            self.say(f"You eat the bread. Health is now {self.player.health}.")
        else:
            self.say(f"Nothing happens when you use the {name}.")

    def cmd_score(self, *args):
        self.say("Score: %d in %d moves (health %d)" % (self.player.score, self.player.moves, self.player.health))

    def cmd_quit(self, *args):
        raise GameOver("You quit.")

    def parse(self, line):
        words = line.lower().split()
        if not words:
            return None, []
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words
        if words[0] in self.aliases:
            expanded = self.aliases[words[0]]
            return expanded[0], list(expanded[1:]) + words[1:]
        return words[0], words[1:]

    def run(self, script):
        print(f"Welcome, {self.player.name}!")
        self.cmd_look()
        for line in script:
            print(f"> {line}")
            verb, args = self.parse(line)
            if verb is None:
                continue
            handler = self.handlers.get(verb)
            try:
                if handler is None:
                    raise KeyError(verb)
                handler(*args)
            except KeyError as e:
                self.say(f"I don't know how to {e.args[0]!r}.")
            except ValueError as e:
                self.say(f"Hmm: {e}")
            except GameOver as e:
                self.say(str(e))
                break
        else:
            self.say("The script ran out.")
        self.cmd_score()
        visited = [r.title for r in self.rooms.values() if r.visits]
        print("Visited:", ", ".join(visited) or "nowhere")
        return self.player.score


SCRIPT = [
    "look", "go", "dance", "e", "take anvil", "take bread", "down",
    "w", "n", "take book", "take lamp", "i", "s", "e", "down", "east",
    "take key", "east", "take gold", "take anvil", "i", "use bread", "use gold",
    "drop book", "take gold", "look", "w", "up", "fly", "", "score", "quit", "look",
]

final = Game().run(SCRIPT)
print("Final score:", final)

"""The dealership's lot and opening hours (made-up data for the example)."""

OPEN_HOUR, CLOSE_HOUR = 9, 17

LOT = [
    {"make": "BMW", "type": "SUV", "colour": "black"},
    {"make": "BMW", "type": "SUV", "colour": "white"},
    {"make": "BMW", "type": "SUV", "colour": "blue"},
    {"make": "BMW", "type": "Car", "colour": "silver"},
    {"make": "Toyota", "type": "Truck", "colour": "red"},
    {"make": "Toyota", "type": "Car", "colour": "white"},
    {"make": "Ford", "type": "Truck", "colour": "black"},
    {"make": "Ford", "type": "Truck", "colour": "grey"},
    {"make": "Tesla", "type": "Car", "colour": "red"},
    {"make": "Lexus", "type": "SUV", "colour": "silver"},
]


def in_stock(make, kind):
    return any(car["make"] == make and car["type"] == kind for car in LOT)


def listing(cars, what):
    """`We have 1 red Toyota Truck in stock.` or `We have 3 BMW SUVs in stock: black, blue and white.`"""
    if len(cars) == 1:
        return f"We have 1 {what} in stock."
    colours = sorted(car["colour"] for car in cars)
    return f"We have {len(cars)} {what}s in stock: {', '.join(colours[:-1])} and {colours[-1]}."

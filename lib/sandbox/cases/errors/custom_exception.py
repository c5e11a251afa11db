# errors: an uncaught custom exception class with a custom message
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")

class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print("withdrew", amount, "left", self.balance)

acct = Account(100)
acct.withdraw(30)
acct.withdraw(80)

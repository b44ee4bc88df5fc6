# lists with builtins: list(map), sum of nested, min/max key, index after modifications, copy depth
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(row) for row in zip(*matrix)], [row[::-1] for row in matrix], matrix[::-1])
print(sum([sum(r) for r in matrix]), max(matrix, key=sum), min([r[1] for r in matrix]))
flat = [x for row in matrix for x in row]
print(flat, flat.index(5), flat[flat.index(5):])
shallow = matrix.copy()
shallow[0][0] = 100
shallow[1] = ["replaced"]
print(matrix, shallow)
deep = [row[:] for row in matrix]
deep[0][0] = -1
print(matrix[0][0], deep[0][0])
stack = []
for i in range(5):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue)
print(list(map(list, ["ab", "cd"])), list(filter(None, [[], [0], [1]])), sorted([[3], [1, 2], [1]]))
print([1, 2, 3].__contains__(2), [1, 2, 3].__getitem__(-1), [1, 2].__add__([3]), [0].__mul__(3))
nums = [5, 1, 4]
nums[len(nums):] = [9, 9]
nums[:0] = [0]
print(nums, nums.count(9), nums[-2:], len(nums))

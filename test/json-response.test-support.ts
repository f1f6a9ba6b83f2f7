/** A JSON answer, as our routes and Microsoft's send them. */
export const jsonResponse = (
  body: unknown,
  status = 200,
  headers: HeadersInit = {},
) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  })

/** A fetch that answers every call with the same JSON. */
export const reply =
  (status: number, body: unknown, headers: HeadersInit = {}) =>
  () =>
    Promise.resolve(jsonResponse(body, status, headers))

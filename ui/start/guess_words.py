"""Spanish words and names an attacker tries first, given to zxcvbn as extra guess-list words.

zxcvbn's own lists are English (with U.S. census names), so "Guadalupe2024!" looked random to it.
These are written without accents: the estimate strips accents from the passphrase before grading,
because a guesser tries "corazon" and "corazón" alike. Earlier entries count as likelier guesses.
"""

from __future__ import annotations

_WORDS = """
contrasena clave secreto amparo familia amor teamo miamor dios jesus cristo virgen guadalupe corazon
vida feliz bonita bonito casa perro gato futbol america chivas mexico guatemala honduras salvador
elsalvador nicaragua centroamerica estadosunidos princesa angel estrella cielo sol luna flor rosa bebe
nena chiquita hola gracias libertad esperanza fe trabajo escuela abuela abuelo mama papa hijo hija
hijos hijas hermano hermana tesoro mariposa chocolate tequila bendicion milagro paz alegria
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miercoles jueves viernes sabado domingo
uno dos tres cuatro cinco seis siete ocho nueve diez cien mil
maria jose juan francisco antonio alejandro miguel pedro manuel luis carlos jorge ricardo fernando
roberto javier rafael daniel david eduardo mario sergio martin arturo alberto raul enrique oscar
hector ramon santiago mateo diego emiliano leonardo sebastian wilmer kevin brayan jonathan marvin
edwin nelson melvin selvin erick josue lupe chuy pancho paco pepe juana margarita veronica leticia
patricia elizabeth gabriela alejandra adriana claudia silvia yolanda teresa carmen isabel lucia sofia
fernanda valentina camila ximena jimena daniela mariana andrea paola karla brenda diana dolores
araceli josefina angelica lorena elena martha marta laura sandra norma alma blanca fatima yesenia
yessenia dayana guadalupe esmeralda reina gloria luz
hernandez garcia martinez lopez gonzalez rodriguez perez sanchez ramirez cruz flores gomez morales
vazquez reyes jimenez torres diaz gutierrez ruiz mendoza aguilar ortiz moreno castillo romero alvarez
mendez chavez rivera juarez ramos dominguez herrera medina castro vargas guzman velazquez munoz rojas
contreras salazar luna ortega guerrero estrada bautista cortes soto alvarado espinoza lara avila rios
cervantes silva delgado vega marquez sandoval fernandez leon carrillo mejia solis nunez rosales valdez
campos pineda orellana aguirre chacon calderon zelaya barrios escobar figueroa lemus portillo
"""

SPANISH_GUESS_WORDS: tuple[str, ...] = tuple(dict.fromkeys(_WORDS.split()))
